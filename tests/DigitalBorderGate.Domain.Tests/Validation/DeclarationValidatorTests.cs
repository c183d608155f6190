namespace DigitalBorderGate.Domain.Tests.Validation;

public class DeclarationValidatorTests
{
    [Fact]
    public void The_contract_example_is_valid_and_normalised()
    {
        var outcome = Drafts.Validate(Drafts.Valid());

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Failures()));
        var content = outcome.Content;
        Assert.Equal(Direction.Import, content.Direction);
        Assert.Equal("HUU_NGHI", content.BorderGateCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero), content.ExpectedArrivalAt);
        Assert.Equal(TimeSpan.Zero, content.ExpectedArrivalAt.Offset);
        Assert.Equal("0100109106", content.DeclarantTaxCode);
        Assert.Equal("0100109106", content.FeePayerTaxCode);
        Assert.Equal("+84912345678", content.ContactPhone);
        Assert.Null(content.ParkingYard);
        Assert.Null(content.Transshipment);

        Assert.Equal("12C12345", content.Vehicle.PlateNumber);
        Assert.Equal(VehicleNationality.VN, content.Vehicle.Nationality);
        Assert.Equal("VT6", content.Vehicle.VehicleClass);
        Assert.Equal("12R01234", content.Vehicle.TrailerPlateNumber);
        Assert.Equal(["CSQU3054383"], content.Vehicle.ContainerNumbers);
        Assert.Empty(content.Vehicle.SealNumbers);
        Assert.Equal(new Driver("Nguyễn Văn Đức", "+84987654321", "020123456789"), content.Vehicle.Driver);

        Assert.Equal(2, content.Goods.Count);
        Assert.Equal("105123456780", content.Goods[0].CustomsDeclarationNumber);
        Assert.Equal(24500m, content.Goods[0].GrossWeightKg);
        Assert.Empty(content.Goods[0].Items);
        Assert.Null(content.Goods[1].CustomsDeclarationNumber);
        Assert.Equal(new GoodsItem("Sầu riêng tươi", "08106000", 1200m, "KGM", 1200m), Assert.Single(content.Goods[1].Items));
        Assert.Equal(25700m, content.TotalGrossWeightKg);
    }

    [Fact]
    public void Loose_input_is_normalised()
    {
        var draft = Drafts.Valid() with
        {
            Direction = " EXPORT ",
            BorderGateCode = " tan_thanh ",
            ExpectedArrivalAt = "2026-11-20T10:00:00Z",
            DeclarantTaxCode = " 4900501239 ",
            FeePayerTaxCode = "0100109106-001",
            ContactPhone = "0912 345 678",
            ParkingYard = "  Bãi xe Tân Thanh  ",
            Vehicle = new VehicleDraft(
                "桂F·0666D", "cn", "vt10", "桂a·1234挂", [" csqu 3054383", "TEXU3070079"], [" vn-001 "],
                new DriverDraft(" 李明 ", "+86 138 0013 8000", "45010219900101123x")),
            Goods = [new GoodsGroupDraft(" 305123456780 ", 1000m, null), new GoodsGroupDraft("  ", 1500m, [Drafts.Durian() with { Unit = "kgm" }])],
            Transshipment = new TransshipmentDraft("29e-077.14", " Khu chuyển tải Tân Thanh "),
        };

        var outcome = Drafts.Validate(draft);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Failures()));
        var content = outcome.Content;
        Assert.Equal(Direction.Export, content.Direction);
        Assert.Equal("TAN_THANH", content.BorderGateCode);
        Assert.Equal("4900501239", content.DeclarantTaxCode);
        Assert.Equal("0100109106-001", content.FeePayerTaxCode);
        Assert.Equal("+84912345678", content.ContactPhone);
        Assert.Equal("Bãi xe Tân Thanh", content.ParkingYard);
        Assert.Equal(new Vehicle("桂F0666D", VehicleNationality.CN, "VT10", "桂A1234挂", content.Vehicle.ContainerNumbers, content.Vehicle.SealNumbers,
            new Driver("李明", "+8613800138000", "45010219900101123X")), content.Vehicle);
        Assert.Equal(["CSQU3054383", "TEXU3070079"], content.Vehicle.ContainerNumbers);
        Assert.Equal(["VN-001"], content.Vehicle.SealNumbers);
        Assert.Equal("305123456780", content.Goods[0].CustomsDeclarationNumber);
        Assert.Empty(content.Goods[0].Items);
        Assert.Null(content.Goods[1].CustomsDeclarationNumber);
        Assert.Equal("KGM", content.Goods[1].Items[0].Unit);
        Assert.Equal(new Transshipment("29E07714", "Khu chuyển tải Tân Thanh"), content.Transshipment);
    }

    [Fact]
    public void A_draft_with_many_faults_reports_all_of_them_at_once()
    {
        var draft = new DeclarationDraft(
            Direction: "import",
            BorderGateCode: "NOWHERE",
            ExpectedArrivalAt: "2026-11-24T08:30:00",
            DeclarantTaxCode: "0100109107",
            FeePayerTaxCode: "0100109106-000",
            ContactPhone: "12345",
            ParkingYard: "Bãi\u0000xe",
            Vehicle: new VehicleDraft(
                "12I-123.45", "VN", "TRACTOR", "12C-123.45", ["CSQU3054384", "CSQX3054383", null], ["OK-1", "bad seal"],
                new DriverDraft(new string('a', 101), null, "12")),
            Goods:
            [
                new GoodsGroupDraft("305123456780", 0m, null),
                new GoodsGroupDraft(null, 70000m, []),
                null,
                new GoodsGroupDraft(null, 100m, [null, new GoodsItemDraft("", "0810", -1m, "K", 60001m)]),
            ],
            Transshipment: new TransshipmentDraft("桂A12345", null));

        var outcome = Drafts.Validate(draft);

        Assert.False(outcome.IsValid);
        Assert.Null(outcome.Content);
        Assert.Equal(
            new[]
            {
                ("/borderGateCode", ErrorCodes.BorderGateUnknown),
                ("/expectedArrivalAt", ErrorCodes.ArrivalFormat),
                ("/declarantTaxCode", ErrorCodes.TaxCodeCheckDigit),
                ("/feePayerTaxCode", ErrorCodes.TaxCodeBranch),
                ("/contactPhone", ErrorCodes.PhoneInvalid),
                ("/parkingYard", ErrorCodes.TextControlCharacters),
                ("/vehicle/plateNumber", ErrorCodes.PlateInvalid),
                ("/vehicle/vehicleClass", ErrorCodes.VehicleClassUnknown),
                ("/vehicle/trailerPlateNumber", ErrorCodes.PlateTrailerSeries),
                ("/vehicle/containerNumbers/0", ErrorCodes.ContainerCheckDigit),
                ("/vehicle/containerNumbers/1", ErrorCodes.ContainerFormat),
                ("/vehicle/containerNumbers/2", ErrorCodes.Required),
                ("/vehicle/sealNumbers/1", ErrorCodes.SealFormat),
                ("/vehicle/driver/fullName", ErrorCodes.TextTooLong),
                ("/vehicle/driver/phone", ErrorCodes.Required),
                ("/vehicle/driver/identityNumber", ErrorCodes.IdentityNumberInvalid),
                ("/goods/0/customsDeclarationNumber", ErrorCodes.CustomsDeclarationDirectionMismatch),
                ("/goods/0/grossWeightKg", ErrorCodes.NumberNotPositive),
                ("/goods/1/grossWeightKg", ErrorCodes.WeightTruckLimit),
                ("/goods/1/items", ErrorCodes.ItemsRequired),
                ("/goods/2", ErrorCodes.Required),
                ("/goods/3/items/0", ErrorCodes.Required),
                ("/goods/3/items/1/description", ErrorCodes.Required),
                ("/goods/3/items/1/hsCode", ErrorCodes.HsCodeFormat),
                ("/goods/3/items/1/quantity", ErrorCodes.NumberNotPositive),
                ("/goods/3/items/1/unit", ErrorCodes.UnitFormat),
                ("/goods/3/items/1/weightKg", ErrorCodes.WeightTruckLimit),
                ("/transshipment/receivingPlateNumber", ErrorCodes.PlateInvalid),
                ("/transshipment/transferArea", ErrorCodes.Required),
            },
            outcome.Failures());
    }

    [Fact]
    public void Every_reported_error_carries_both_messages()
    {
        var outcome = Drafts.Validate(new DeclarationDraft(null, null, null, null, null, null, null, null, null, null));

        Assert.Equal(
            new[]
            {
                ("/direction", ErrorCodes.Required),
                ("/borderGateCode", ErrorCodes.Required),
                ("/expectedArrivalAt", ErrorCodes.Required),
                ("/declarantTaxCode", ErrorCodes.Required),
                ("/contactPhone", ErrorCodes.Required),
                ("/vehicle", ErrorCodes.Required),
                ("/goods", ErrorCodes.GoodsRequired),
            },
            outcome.Failures());
        Assert.All(outcome.Errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.False(string.IsNullOrWhiteSpace(e.MessageVi));
            Assert.NotEqual(e.Message, e.MessageVi);
        });
    }

    [Fact]
    public void A_vehicle_without_driver_and_values_reports_each_required_field()
    {
        var draft = Drafts.Valid() with { Vehicle = new VehicleDraft(null, null, null, null, null, null, null) };

        Assert.Equal(
            new[]
            {
                ("/vehicle/nationality", ErrorCodes.Required),
                ("/vehicle/plateNumber", ErrorCodes.Required),
                ("/vehicle/vehicleClass", ErrorCodes.Required),
                ("/vehicle/driver", ErrorCodes.Required),
            },
            Drafts.Validate(draft).Failures());
    }

    [Fact]
    public void Null_and_blank_optional_values_take_their_defaults()
    {
        var draft = Drafts.Valid() with
        {
            FeePayerTaxCode = "   ",
            ParkingYard = "",
            Vehicle = Drafts.Vehicle() with { TrailerPlateNumber = " ", ContainerNumbers = null, SealNumbers = null },
            Goods = [new GoodsGroupDraft("105123456780", 100m, null)],
        };

        var content = Drafts.Validate(draft).Content;

        Assert.NotNull(content);
        Assert.Equal(content.DeclarantTaxCode, content.FeePayerTaxCode);
        Assert.Null(content.ParkingYard);
        Assert.Null(content.Vehicle.TrailerPlateNumber);
        Assert.Empty(content.Vehicle.ContainerNumbers);
        Assert.Empty(content.Vehicle.SealNumbers);
        Assert.Empty(content.Goods[0].Items);
    }

    [Fact]
    public void Null_elements_are_required_at_their_index()
    {
        var draft = Drafts.Valid() with
        {
            Vehicle = Drafts.Vehicle() with { ContainerNumbers = ["CSQU3054383", null], SealNumbers = [null, "S1", " "] },
            Goods = [Drafts.Valid().Goods![0], null, new GoodsGroupDraft(null, 10m, [Drafts.Durian(), null])],
        };

        Assert.Equal(
            new[]
            {
                ("/vehicle/containerNumbers/1", ErrorCodes.Required),
                ("/vehicle/sealNumbers/0", ErrorCodes.Required),
                ("/vehicle/sealNumbers/2", ErrorCodes.Required),
                ("/goods/1", ErrorCodes.Required),
                ("/goods/2/items/1", ErrorCodes.Required),
            },
            Drafts.Validate(draft).Failures());
    }

    [Theory]
    [InlineData("import", "105123456780", null)]
    [InlineData("import", "305123456780", ErrorCodes.CustomsDeclarationDirectionMismatch)]
    [InlineData("export", "305123456780", null)]
    [InlineData("export", "105123456780", ErrorCodes.CustomsDeclarationDirectionMismatch)]
    [InlineData("export", "505123456780", ErrorCodes.CustomsDeclarationFormat)]
    public void Customs_declaration_numbers_must_match_the_direction(string direction, string number, string? expectedCode)
    {
        var draft = Drafts.Valid() with { Direction = direction, Goods = [new GoodsGroupDraft(number, 100m, null)] };

        var failures = Drafts.Validate(draft).Failures().ToList();

        if (expectedCode is null)
        {
            Assert.Empty(failures);
        }
        else
        {
            Assert.Equal([("/goods/0/customsDeclarationNumber", expectedCode)], failures);
        }
    }

    [Fact]
    public void With_an_invalid_direction_only_the_declaration_number_format_is_checked()
    {
        var draft = Drafts.Valid() with { Direction = "transit", Goods = [new GoodsGroupDraft("305123456780", 100m, null)] };

        Assert.Equal([("/direction", ErrorCodes.DirectionInvalid)], Drafts.Validate(draft).Failures());
    }

    [Fact]
    public void Items_are_required_only_without_a_customs_declaration_number()
    {
        var draft = Drafts.Valid() with
        {
            Goods =
            [
                new GoodsGroupDraft("105123456780", 100m, null),
                new GoodsGroupDraft("105123456781", 100m, []),
                new GoodsGroupDraft(null, 100m, null),
                new GoodsGroupDraft(" ", 100m, []),
                new GoodsGroupDraft(null, 1200m, [Drafts.Durian()]),
                new GoodsGroupDraft("10512345678X", 100m, null),
            ],
        };

        Assert.Equal(
            new[]
            {
                ("/goods/2/items", ErrorCodes.ItemsRequired),
                ("/goods/3/items", ErrorCodes.ItemsRequired),
                ("/goods/5/customsDeclarationNumber", ErrorCodes.CustomsDeclarationFormat),
            },
            Drafts.Validate(draft).Failures());
    }

    [Fact]
    public void Items_given_with_a_customs_declaration_number_are_still_validated()
    {
        var draft = Drafts.Valid() with { Goods = [new GoodsGroupDraft("105123456780", 100m, [Drafts.Durian() with { HsCode = "0810" }])] };

        Assert.Equal([("/goods/0/items/0/hsCode", ErrorCodes.HsCodeFormat)], Drafts.Validate(draft).Failures());

        var valid = Drafts.Valid() with { Goods = [new GoodsGroupDraft("105123456780", 1200m, [Drafts.Durian()])] };
        Assert.Single(Drafts.Validate(valid).Content!.Goods[0].Items);
    }

    [Theory]
    [InlineData("2026-11-20T01:00:00Z", ErrorCodes.ArrivalNotInFuture)]
    [InlineData("2026-11-20T08:00:00+07:00", ErrorCodes.ArrivalNotInFuture)]
    [InlineData("2026-11-20T01:00:00.0000001Z", null)]
    [InlineData("2026-12-20T01:00:00Z", null)]
    [InlineData("2026-12-20T08:00:00+07:00", null)]
    [InlineData("2026-12-20T01:00:01Z", ErrorCodes.ArrivalTooFarAhead)]
    [InlineData("2026-11-20T01:00:00", ErrorCodes.ArrivalFormat)]
    public void The_arrival_window_runs_from_just_after_now_to_thirty_days_ahead(string arrival, string? expectedCode)
    {
        var outcome = Drafts.Validate(Drafts.Valid() with { ExpectedArrivalAt = arrival });

        Assert.Equal(expectedCode is null ? [] : [("/expectedArrivalAt", expectedCode)], outcome.Failures());
    }

    [Fact]
    public void The_arrival_window_follows_the_policy()
    {
        var draft = Drafts.Valid() with { ExpectedArrivalAt = "2026-11-23T01:00:00Z" };

        Assert.True(DeclarationValidator.Validate(draft, Drafts.Policy(maxDaysAhead: 3)).IsValid);
        var error = Assert.Single(DeclarationValidator.Validate(draft, Drafts.Policy(maxDaysAhead: 2)).Errors);
        Assert.Equal(ErrorCodes.ArrivalTooFarAhead, error.Code);
        Assert.Contains("2 days", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 ngày", error.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_and_vehicle_class_must_be_known()
    {
        var draft = Drafts.Valid() with { BorderGateCode = "HUU_NGHI_2", Vehicle = Drafts.Vehicle() with { VehicleClass = "VT7" } };

        Assert.Equal(
            new[] { ("/borderGateCode", ErrorCodes.BorderGateUnknown), ("/vehicle/vehicleClass", ErrorCodes.VehicleClassUnknown) },
            Drafts.Validate(draft).Failures());
    }

    [Fact]
    public void The_sum_of_the_groups_is_limited_to_one_truck_and_reported_at_goods()
    {
        var atLimit = Drafts.Valid() with { Goods = [new GoodsGroupDraft("105123456780", 30000m, null), new GoodsGroupDraft("105123456781", 30000m, null)] };
        var overLimit = Drafts.Valid() with { Goods = [new GoodsGroupDraft("105123456780", 30000m, null), new GoodsGroupDraft("105123456781", 30000.5m, null)] };

        Assert.True(Drafts.Validate(atLimit).IsValid);
        Assert.Equal([("/goods", ErrorCodes.WeightTruckLimit)], Drafts.Validate(overLimit).Failures());
    }

    [Fact]
    public void One_overweight_group_is_reported_at_the_group_only()
    {
        var draft = Drafts.Valid() with { Goods = [new GoodsGroupDraft("105123456780", 60001m, null), new GoodsGroupDraft("105123456781", 100m, null)] };

        Assert.Equal([("/goods/0/grossWeightKg", ErrorCodes.WeightTruckLimit)], Drafts.Validate(draft).Failures());
    }

    [Fact]
    public void Item_weights_may_add_up_to_less_than_the_group_but_not_more()
    {
        // Packaging and pallets weigh something, so the items may weigh less than the gross weight; never more.
        var lighter = Drafts.Valid() with { Goods = [new GoodsGroupDraft(null, 1300m, [Drafts.Durian(), Drafts.Durian() with { WeightKg = 100m }])] };
        var exact = Drafts.Valid() with { Goods = [new GoodsGroupDraft(null, 1300m, [Drafts.Durian(), Drafts.Durian() with { WeightKg = 100m }]), new GoodsGroupDraft(null, 1200m, [Drafts.Durian()])] };
        var heavier = Drafts.Valid() with { Goods = [new GoodsGroupDraft(null, 24000m, [Drafts.Durian() with { WeightKg = 20000m }, Drafts.Durian() with { WeightKg = 4000.5m }])] };

        Assert.True(Drafts.Validate(lighter).IsValid);
        Assert.True(Drafts.Validate(exact).IsValid);
        var error = Assert.Single(Drafts.Validate(heavier).Errors);
        Assert.Equal(("/goods/0/items", ErrorCodes.WeightItemsExceedGroup), (error.Field, error.Code));
        Assert.Equal("The item lines weigh 24,000.5 kg in all, more than the goods group's gross weight of 24,000 kg.", error.Message);
        Assert.Equal("Tổng trọng lượng các dòng hàng là 24.000,5 kg, vượt trọng lượng cả bì của nhóm hàng (24.000 kg).", error.MessageVi);
    }

    [Fact]
    public void Lists_are_bounded()
    {
        var containers = Enumerable.Repeat<string?>("CSQU3054383", DeclarationLimits.MaxContainers + 1).ToList();
        var seals = Enumerable.Range(0, DeclarationLimits.MaxSeals + 1).Select(i => (string?)$"S{i}").ToList();
        var items = Enumerable.Repeat<GoodsItemDraft?>(Drafts.Durian(), DeclarationLimits.MaxItemsPerGroup + 1).ToList();
        var draft = Drafts.Valid() with
        {
            Vehicle = Drafts.Vehicle() with { ContainerNumbers = containers, SealNumbers = seals },
            Goods = [new GoodsGroupDraft(null, 100m, items)],
        };

        var failures = Drafts.Validate(draft).Failures().ToList();

        Assert.Equal(
            new[]
            {
                ("/vehicle/containerNumbers", ErrorCodes.ListTooMany),
                ("/vehicle/sealNumbers", ErrorCodes.ListTooMany),
                ("/goods/0/items", ErrorCodes.ListTooMany),
            },
            failures);
    }

    [Fact]
    public void Lists_at_their_bound_are_accepted()
    {
        var seals = Enumerable.Range(0, DeclarationLimits.MaxSeals).Select(i => (string?)$"S{i}").ToList();
        var oneKilo = Drafts.Durian() with { Quantity = 1m, WeightKg = 1m };
        var items = Enumerable.Repeat<GoodsItemDraft?>(oneKilo, DeclarationLimits.MaxItemsPerGroup).ToList();
        var groups = Enumerable.Range(0, DeclarationLimits.MaxGoodsGroups)
            .Select(i => (GoodsGroupDraft?)new GoodsGroupDraft(null, i == 0 ? DeclarationLimits.MaxItemsPerGroup : 1m, i == 0 ? items : [oneKilo]))
            .ToList();
        var draft = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { SealNumbers = seals }, Goods = groups };

        var outcome = Drafts.Validate(draft);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Failures()));
        Assert.Equal(DeclarationLimits.MaxItemsPerGroup, outcome.Content.Goods[0].Items.Count);
    }

    [Fact]
    public void Too_many_goods_groups_are_reported_once()
    {
        var groups = Enumerable.Repeat<GoodsGroupDraft?>(new GoodsGroupDraft("105123456780", 1m, null), DeclarationLimits.MaxGoodsGroups + 1).ToList();

        var error = Assert.Single(Drafts.Validate(Drafts.Valid() with { Goods = groups }).Errors);

        Assert.Equal(("/goods", ErrorCodes.GoodsTooMany), (error.Field, error.Code));
        Assert.Contains("50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_goods_list_is_goods_required()
    {
        Assert.Equal([("/goods", ErrorCodes.GoodsRequired)], Drafts.Validate(Drafts.Valid() with { Goods = [] }).Failures());
    }

    [Fact]
    public void The_same_container_twice_is_a_duplicate_even_when_written_differently()
    {
        var draft = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { ContainerNumbers = ["CSQU3054383", "TEXU3070079", "csqu 305438 3"] } };

        Assert.Equal([("/vehicle/containerNumbers/2", ErrorCodes.ListDuplicate)], Drafts.Validate(draft).Failures());
    }

    [Fact]
    public void A_chinese_truck_uses_chinese_plate_rules_for_truck_and_trailer()
    {
        var valid = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "CN", PlateNumber = "桂F12345", TrailerPlateNumber = "桂F·1234挂" } };
        var vietnamesePlates = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "CN" } };
        var swapped = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "CN", PlateNumber = "桂F·1234挂", TrailerPlateNumber = "桂F12345" } };

        var outcome = Drafts.Validate(valid);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Failures()));
        Assert.Equal(("桂F12345", "桂F1234挂"), (outcome.Content.Vehicle.PlateNumber, outcome.Content.Vehicle.TrailerPlateNumber));
        Assert.Empty(outcome.Warnings);
        Assert.Equal(
            new[] { ("/vehicle/plateNumber", ErrorCodes.PlateInvalid), ("/vehicle/trailerPlateNumber", ErrorCodes.PlateInvalid) },
            Drafts.Validate(vietnamesePlates).Failures());
        Assert.Equal(
            new[] { ("/vehicle/plateNumber", ErrorCodes.PlateTrailerOnTruck), ("/vehicle/trailerPlateNumber", ErrorCodes.PlateTrailerSeries) },
            Drafts.Validate(swapped).Failures());
    }

    [Theory]
    [InlineData("粤B12345", "粤")]
    [InlineData("云A12345", "云")]
    [InlineData("湘A·12345", "湘")]
    public void A_chinese_plate_from_beyond_guangxi_is_accepted_with_a_warning(string plate, string province)
    {
        var draft = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "CN", PlateNumber = plate, TrailerPlateNumber = null } };

        var outcome = Drafts.Validate(draft);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Failures()));
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(("/vehicle/plateNumber", ErrorCodes.PlateChineseProvince), (warning.Field, warning.Code));
        Assert.Contains(province, warning.MessageVi, StringComparison.Ordinal);
        Assert.StartsWith(province, outcome.Content.Vehicle.PlateNumber, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("桂A12345")]
    [InlineData("A12345")]
    public void Guangxi_plates_and_plates_without_a_province_earn_no_warning(string plate)
    {
        var draft = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "CN", PlateNumber = plate, TrailerPlateNumber = null } };

        Assert.Empty(Drafts.Validate(draft).Warnings);
    }

    [Fact]
    public void With_an_unknown_nationality_a_plate_of_either_country_is_not_reported()
    {
        var vietnamese = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "LA" } };
        var chinese = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "LA", PlateNumber = "桂A12345", TrailerPlateNumber = null } };
        var neither = Drafts.Valid() with { Vehicle = Drafts.Vehicle() with { Nationality = "LA", PlateNumber = "12I-123.45" } };

        Assert.Equal([("/vehicle/nationality", ErrorCodes.NationalityInvalid)], Drafts.Validate(vietnamese).Failures());
        Assert.Equal([("/vehicle/nationality", ErrorCodes.NationalityInvalid)], Drafts.Validate(chinese).Failures());
        Assert.Equal(
            new[] { ("/vehicle/nationality", ErrorCodes.NationalityInvalid), ("/vehicle/plateNumber", ErrorCodes.PlateInvalid) },
            Drafts.Validate(neither).Failures());
    }

    [Fact]
    public void The_receiving_truck_of_a_transshipment_must_be_vietnamese()
    {
        var valid = Drafts.Valid() with { Transshipment = new TransshipmentDraft("12C-999.99", "Bãi chuyển tải Cốc Nam") };
        var chinese = Drafts.Valid() with { Transshipment = new TransshipmentDraft("桂A12345", "Bãi chuyển tải Cốc Nam") };

        Assert.Equal(new Transshipment("12C99999", "Bãi chuyển tải Cốc Nam"), Drafts.Validate(valid).Content!.Transshipment);
        Assert.Equal([("/transshipment/receivingPlateNumber", ErrorCodes.PlateInvalid)], Drafts.Validate(chinese).Failures());
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaSuite.Infrastructure.Persistence.Migrations
{
    public partial class Jobs : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RetryOf = table.Column<long>(type: "INTEGER", nullable: true),
                    Percent = table.Column<double>(type: "REAL", nullable: true),
                    ItemsDone = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemsTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WarningCount = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobWarnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobWarnings_JobRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "JobRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_Active",
                table: "JobRuns",
                columns: new[] { "JobKey", "Target" },
                unique: true,
                filter: "State IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_QueuedAt",
                table: "JobRuns",
                column: "QueuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_State",
                table: "JobRuns",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_JobWarnings_RunId",
                table: "JobWarnings",
                column: "RunId");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobWarnings");

            migrationBuilder.DropTable(
                name: "JobRuns");
        }
    }
}
